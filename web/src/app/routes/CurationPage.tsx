import { useParams } from 'react-router';
import { CurationList } from '../../features/challenges/components/CurationList';

/** `/manage/events/:id/challenges`: the organizers' curation of an event's challenges. */
export function CurationPage() {
  const { id = '' } = useParams();
  return <CurationList key={id} eventId={id} />;
}
