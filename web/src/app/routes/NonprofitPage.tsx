import { useParams } from 'react-router';
import { AnswerForm } from '../../features/challenges/components/AnswerForm';
import { NonprofitDashboard } from '../../features/nonprofits/components/NonprofitDashboard';

export function NonprofitPage() {
  const { id = '' } = useParams();
  return (
    <NonprofitDashboard
      key={id}
      id={id}
      renderAnswer={(challengeId, onAnswered) => <AnswerForm challengeId={challengeId} onAnswered={onAnswered} />}
    />
  );
}
