import { useParams } from 'react-router';
import { MatchingOverview } from '../../features/matching/components/MatchingOverview';

export function MatchingPage() {
  const { id = '' } = useParams();
  return <MatchingOverview key={id} eventId={id} />;
}
