import { useParams } from 'react-router';
import { EditChallenge } from '../../features/challenges/components/EditChallenge';

export function EditChallengePage() {
  const { id = '' } = useParams();
  return <EditChallenge key={id} id={id} />;
}
