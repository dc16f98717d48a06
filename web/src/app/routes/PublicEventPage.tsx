import { useParams } from 'react-router';
import { PublicEventDetails } from '../../features/events/components/PublicEventDetails';

export function PublicEventPage() {
  const { id = '' } = useParams();
  return <PublicEventDetails key={id} id={id} />;
}
