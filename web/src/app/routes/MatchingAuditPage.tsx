import { useParams } from 'react-router';
import { AuditLogView } from '../../features/matching/components/AuditLogView';

export function MatchingAuditPage() {
  const { id = '' } = useParams();
  return <AuditLogView key={id} eventId={id} />;
}
