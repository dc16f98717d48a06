import { useParams } from 'react-router';
import { ChallengeView } from '../../features/challenges/components/ChallengeView';

export function ChallengePage() {
  const { id = '' } = useParams();
  return <ChallengeView key={id} id={id} />;
}
