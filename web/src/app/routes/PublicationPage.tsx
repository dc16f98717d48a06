import { useParams } from 'react-router';
import { PublicationStatus } from '../../features/publication/components/PublicationStatus';

export function PublicationPage() {
  const { id = '' } = useParams();
  return <PublicationStatus key={id} eventId={id} />;
}
