import { useParams } from 'react-router';
import { RunBoard } from '../../features/matching/components/RunBoard';
import { PublishPanel } from '../../features/publication/components/PublishPanel';

export function MatchingRunPage() {
  const { id = '', runId = '' } = useParams();
  return (
    <RunBoard
      key={runId}
      eventId={id}
      runId={runId}
      renderPublish={(run) => (
        <PublishPanel
          eventId={id}
          runId={runId}
          runNumber={run.number}
          runDone={run.done}
          teams={run.teams}
          people={run.people}
          unmailed={run.unmailed}
        />
      )}
    />
  );
}
