import { useParams } from 'react-router';
import { ManageEvent } from '../../features/events/components/ManageEvent';

export function ManageEventPage() {
  const { id = '' } = useParams();
  return <ManageEvent key={id} id={id} />;
}
