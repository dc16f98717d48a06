import { type MailTemplate } from './mail-layout';

/**
 * Mails of a published run: proposals with Accept/Decline links, reminders, answers, confirmations and team changes
 * (spread into MAIL_TEMPLATES). Dates, places and team lists arrive formatted in the recipient's language.
 */
type Base = { name?: string; event: string; challenge: string };
type ProposalParams = Base & {
  replacement: boolean;
  nonprofit: string;
  problem: string;
  goal: string;
  when: string;
  place: string;
  team: string;
  deadline: string;
  acceptUrl: string;
  declineUrl: string;
};
type ReminderParams = Base & { when: string; deadline: string; acceptUrl: string; declineUrl: string };
type AnsweredParams = Base & { accepted: boolean; nonprofit: string; when: string; contacts: string; url: string };
type ConfirmedParams = Base & { nonprofit: string; when: string; contacts: string; url: string };
type ReleasedParams = Base & { nonprofit: string; when: string; reason: string };
type WithdrawnParams = Base & { when: string; url: string };
type ProposedTeamParams = Base & { when: string; place: string; team: string; deadline: string; url: string };
type TeamChangedParams = Base & { left: string; why: string; joined: string; url: string };
type OrganizerUpdateParams = Base & { left: string; why: string; joined: string; reason: string; url: string };

const optional = (condition: unknown, text: string) => (condition ? [text] : []);

export const PUBLICATION_MAIL_TEMPLATES = {
  proposal: ((t, p: ProposalParams) => ({
    subject: t('publication.mail.proposal.subject', p),
    recipientName: p.name,
    paragraphs: [
      t(p.replacement ? 'publication.mail.proposal.introReplacement' : 'publication.mail.proposal.intro', p),
      ...optional(p.problem, t('publication.mail.proposal.problem', p)),
      ...optional(p.goal, t('publication.mail.proposal.goal', p)),
      t('publication.mail.proposal.when', p),
      p.team ? t('publication.mail.proposal.team', p) : t('publication.mail.proposal.teamAlone'),
      t('publication.mail.proposal.deadline', p),
    ],
    actions: [
      { label: t('publication.mail.proposal.accept'), url: p.acceptUrl },
      { label: t('publication.mail.proposal.decline'), url: p.declineUrl },
    ],
  })) as MailTemplate<ProposalParams>,
  proposalReminder: ((t, p: ReminderParams) => ({
    subject: t('publication.mail.reminder.subject', p),
    recipientName: p.name,
    paragraphs: [t('publication.mail.reminder.intro', p), t('publication.mail.reminder.deadline', p)],
    actions: [
      { label: t('publication.mail.proposal.accept'), url: p.acceptUrl },
      { label: t('publication.mail.proposal.decline'), url: p.declineUrl },
    ],
  })) as MailTemplate<ReminderParams>,
  proposalAnswered: ((t, p: AnsweredParams) => ({
    subject: t(
      p.accepted ? 'publication.mail.answered.acceptedSubject' : 'publication.mail.answered.declinedSubject',
      p,
    ),
    recipientName: p.name,
    paragraphs: [
      t(p.accepted ? 'publication.mail.answered.acceptedIntro' : 'publication.mail.answered.declinedIntro', p),
      ...optional(
        p.accepted,
        p.contacts ? t('publication.mail.contacts', p) : t('publication.mail.answered.waitForNonprofit', p),
      ),
      t(p.accepted ? 'publication.mail.calendarConfirmed' : 'publication.mail.calendarCancelled'),
    ],
    actions: [{ label: t('publication.mail.answered.dashboard'), url: p.url }],
  })) as MailTemplate<AnsweredParams>,
  teamConfirmed: ((t, p: ConfirmedParams) => ({
    subject: t('publication.mail.teamConfirmed.subject', p),
    recipientName: p.name,
    paragraphs: [t('publication.mail.teamConfirmed.intro', p), t('publication.mail.contacts', p)],
    actions: [{ label: t('publication.mail.answered.dashboard'), url: p.url }],
  })) as MailTemplate<ConfirmedParams>,
  proposalExpired: ((t, p: Base) => ({
    subject: t('publication.mail.expired.subject', p),
    recipientName: p.name,
    paragraphs: [t('publication.mail.expired.intro', p), t('publication.mail.calendarCancelled')],
  })) as MailTemplate<Base>,
  proposalWithdrawn: ((t, p: WithdrawnParams) => ({
    subject: t('publication.mail.withdrawn.subject', p),
    recipientName: p.name,
    paragraphs: [t('publication.mail.withdrawn.intro', p), t('publication.mail.calendarCancelled')],
    actions: [{ label: t('publication.mail.answered.dashboard'), url: p.url }],
  })) as MailTemplate<WithdrawnParams>,
  proposalReleased: ((t, p: ReleasedParams) => ({
    subject: t('publication.mail.released.subject', p),
    recipientName: p.name,
    paragraphs: [
      t('publication.mail.released.intro', p),
      ...optional(p.reason, t('publication.mail.released.reason', p)),
      t('publication.mail.released.thanks'),
      t('publication.mail.calendarCancelled'),
    ],
  })) as MailTemplate<ReleasedParams>,
  proposedTeam: ((t, p: ProposedTeamParams) => ({
    subject: t('publication.mail.proposedTeam.subject', p),
    recipientName: p.name,
    paragraphs: [
      t('publication.mail.proposedTeam.intro', p),
      t('publication.mail.proposedTeam.team', p),
      t('publication.mail.proposedTeam.next', p),
    ],
    actions: [{ label: t('publication.mail.proposedTeam.action'), url: p.url }],
  })) as MailTemplate<ProposedTeamParams>,
  teamChanged: ((t, p: TeamChangedParams) => ({
    subject: t('publication.mail.teamChanged.subject', p),
    recipientName: p.name,
    paragraphs: [
      t('publication.mail.teamChanged.left', p),
      p.joined ? t('publication.mail.teamChanged.joined', p) : t('publication.mail.teamChanged.open'),
    ],
    actions: [{ label: t('publication.mail.teamChanged.action'), url: p.url }],
  })) as MailTemplate<TeamChangedParams>,
  organizerPlaceUpdate: ((t, p: OrganizerUpdateParams) => ({
    subject: t('publication.mail.organizerUpdate.subject', p),
    recipientName: p.name,
    paragraphs: [
      t('publication.mail.organizerUpdate.left', p),
      p.joined ? t('publication.mail.organizerUpdate.proposed', p) : t('publication.mail.organizerUpdate.notFound', p),
    ],
    actions: [{ label: t('publication.mail.organizerUpdate.action'), url: p.url }],
  })) as MailTemplate<OrganizerUpdateParams>,
};
