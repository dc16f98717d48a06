import { useParams, useSearchParams } from 'react-router';
import { NewChallenge } from '../../features/challenges/components/NewChallenge';

/** `/nonprofits/:id/challenges/new?event=ID` */
export function NewChallengePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const eventId = params.get('event') ?? '';
  return <NewChallenge key={`${id}:${eventId}`} nonprofitId={id} eventId={eventId} />;
}
