import { useParams } from 'react-router';
import { RunComparison } from '../../features/matching/components/RunComparison';

export function MatchingComparePage() {
  const { id = '', runId = '', otherRunId = '' } = useParams();
  return <RunComparison key={`${runId}:${otherRunId}`} eventId={id} runId={runId} otherRunId={otherRunId} />;
}
