import { useSearchParams } from 'react-router';
import { RegisterNonprofit } from '../../features/nonprofits/components/RegisterNonprofit';

/** `/nonprofits/register?event=ID`, reached from an open event's public page. */
export function RegisterNonprofitPage() {
  const [params] = useSearchParams();
  const eventId = params.get('event') ?? '';
  return <RegisterNonprofit key={eventId} eventId={eventId} />;
}
