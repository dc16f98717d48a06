/** English texts of help points, exports and privacy: errors, file headings, pages and mails (spread into en.ts). */
export const privacyEn = {
  helpPoints: {
    entity: 'The help point',
    errors: {
      tooMany: 'An organizing body can list at most {{max}} help points.',
    },
  },
  exports: {
    columns: {
      challengeId: 'Challenge ID',
      title: 'Title',
      status: 'Status',
      priority: 'Priority',
      nonprofit: 'Nonprofit',
      district: 'District',
      skills: 'Skills',
      teamMin: 'Team size from',
      teamMax: 'Team size up to',
      format: 'Format',
      submittedAt: 'Submitted at',
      registrationId: 'Registration ID',
      name: 'Name',
      email: 'E-mail',
      phone: 'Phone',
      registrationStatus: 'Registration',
      slots: 'Slots',
      maxAssignments: 'Challenges at most',
      languages: 'Languages',
      assisted: 'Registered by organizers',
      registeredAt: 'Registered at',
    },
    registrationStatuses: {
      REGISTERED: 'registered',
      WITHDRAWN: 'withdrawn',
    },
    skillRequired: '{{skill}} (level {{level}}, required)',
    skillWished: '{{skill}} (level {{level}}, wished)',
    skillLevel: '{{skill}} (level {{level}})',
    yes: 'yes',
    no: 'no',
    erasedPerson: '(account erased)',
  },
  privacy: {
    personEntity: 'The person',
    errors: {
      staffAccount:
        'Organizers and platform admins erase their accounts themselves; organizers cannot erase them on request.',
      lastOrganizer:
        'You are the only organizer of “{{body}}”. Please invite another organizer before you erase your account.',
      lastAdmin: 'You are the only platform admin. Please make someone else admin before you erase your account.',
    },
    validation: {
      confirmErasure: 'Please confirm that the account and its personal data are to be erased.',
    },
    keepPage: {
      confirmTitle: 'Keep your SkillShift account',
      confirmText:
        'Your account has not been used for a long time, so we would soon delete your contact data. Press the button to keep your account.',
      button: 'Keep my account',
      keptTitle: 'Your account stays',
      keptText: 'Thank you. We keep your account and your contact data. You do not need to do anything else.',
      invalidTitle: 'This link no longer works',
      invalidText:
        'The link is incomplete, has expired or the account no longer exists. If you still have an account, simply sign in: that keeps it too.',
      refusedTitle: 'Not confirmed',
      refusedText: 'The confirmation did not come from a SkillShift page. Please open the link from your mail again.',
      home: 'Go to the home page',
    },
    mail: {
      retentionWarning: {
        subject: 'Do you want to keep your SkillShift account?',
        intro:
          'You have not used your SkillShift account for almost {{months}} months. We keep contact data only as long as it is needed.',
        date: 'If you do nothing, we will delete your name, e-mail address and phone number on {{date}}. What you contributed stays only as anonymous numbers.',
        keep: 'To keep your account, use the button below or simply sign in.',
        nothing: 'If you no longer need the account, you do not have to do anything.',
        action: 'Keep my account',
        signIn: 'Sign in',
      },
      nextEdition: {
        subject: '{{event}} is open for registration',
        intro:
          '“{{body}}” runs the next edition: “{{event}}” on {{date}}. You signed up for an earlier edition, so we let you know.',
        volunteer:
          'As a volunteer you can register again in a few clicks: your saved profile is already filled in, you only choose the slots.',
        nonprofit: 'As a nonprofit you can bring a new digital challenge. The event page has everything you need.',
        once: 'You receive this invitation once for this event.',
        optOutVolunteer: 'You can turn off invitations in your volunteer profile (“Invite me to later editions.”).',
        optOutNonprofit:
          'You can turn off invitations to your organization on its page under “Edit profile” (“Invite us when an event takes place again.”).',
        volunteerAction: 'Register as a volunteer',
        nonprofitAction: 'Open the event page',
      },
    },
  },
} as const;
