import { useParams } from 'react-router';
import { NonprofitTeams } from '../../features/publication/components/NonprofitTeams';

export function NonprofitTeamsPage() {
  const { id = '' } = useParams();
  return <NonprofitTeams key={id} nonprofitId={id} />;
}
