/** English texts of nonprofits and challenges: errors, field messages and mails (spread into en.ts). */
export const nonprofitsEn = {
  nonprofits: {
    entity: 'The nonprofit',
    contactEntity: 'The contact person',
    errors: {
      nameTaken: 'A nonprofit named “{{name}}” is already registered with this organizing body.',
      eventNotPublic: 'Nonprofits register through an event that is open to the public.',
      lastContact: 'A nonprofit needs at least one contact person. Add another one before removing this one.',
      contactExists: 'This person is already a contact person of the nonprofit.',
    },
    validation: {
      nameTaken: 'A nonprofit of this name is already registered. If it is yours, ask its contact person to add you.',
      nameTakenIntake:
        'A nonprofit of this name is already registered with your body. If it is the same, add the person as a contact on its page; otherwise tell the names apart, for example by the town.',
      consentRequired: 'Please agree to the processing of the data; without it we cannot register the nonprofit.',
      coordinatesTogether: 'Please give both latitude and longitude, or neither.',
      contactExists: 'This person is already a contact person of the nonprofit.',
      intakeMethod: 'Please choose how the consent was given: by phone, on paper or in person.',
      reachable: 'Please give an e-mail address or a phone number, so that the nonprofit can be reached.',
      invitationsByContact:
        'Only a contact person of the nonprofit can turn back on the invitations for when an event takes place again.',
      mapConsentByContact: 'Only a contact person of the nonprofit can agree to the publication on the map.',
    },
    mail: {
      contactAdded: {
        subject: 'You are now a contact person of {{nonprofit}} on SkillShift',
        intro:
          '{{addedBy}} added you as a contact person of “{{nonprofit}}” on SkillShift, where nonprofits describe their digital challenges and volunteers help to solve them.',
        next: 'Sign in with this address to see the nonprofit and its challenges.',
        action: 'Open the nonprofit',
      },
      intakeReview: {
        subject: 'Please check the data of {{nonprofit}} on SkillShift',
        intro:
          'As agreed with you, {{body}} registered “{{nonprofit}}” and the challenge “{{challenge}}” on SkillShift for you.',
        check: 'Please check that everything is correct. You can change the data and the description yourself.',
        expiry:
          'The button signs you in; it works once and for {{days}} days. Later, ask for a sign-in link with this address on the sign-in page.',
        action: 'Check the data',
      },
    },
  },
  challenges: {
    entity: 'The challenge',
    statuses: {
      DRAFT: 'draft',
      SUBMITTED: 'submitted',
      NEEDS_INFO: 'question open',
      ACCEPTED: 'accepted',
      REJECTED: 'not accepted',
      WITHDRAWN: 'withdrawn',
    },
    errors: {
      transition: 'A challenge cannot go from “{{from}}” to “{{to}}”.',
      eventClosed: 'The event takes no challenges while it is “{{status}}”.',
      deadlinePassed: 'The deadline for challenges of this event has passed.',
      eventLocked: 'This is no longer possible while the event is “{{status}}”.',
      notEditable: 'The challenge can no longer be changed while it is “{{status}}”.',
      deleteOnlyDraft: 'Only a draft can be deleted; this challenge is “{{status}}”.',
      otherBody: 'The nonprofit is registered with another organizing body than the one running this event.',
      bulkRefused: 'Nothing was changed: “{{title}}” cannot go from “{{from}}” to “{{to}}”.',
    },
    validation: {
      unknownSkill: 'This skill is not in the skill list.',
      duplicateSkill: 'This skill is listed twice.',
      teamMaxBelowMin: 'The largest team must not be smaller than the smallest.',
      languageNotOfEvent: 'Please choose only languages spoken at the event.',
      checklistRequired: 'Please confirm this point. If it does not hold yet, talk to the organizers first.',
      cannotMove: 'This challenge cannot go from “{{from}}” to “{{to}}”.',
      notInEvent: 'This challenge does not belong to the event.',
    },
    mail: {
      question: {
        subject: 'A question about your challenge “{{challenge}}”',
        intro: 'The organizers of “{{event}}” have a question about the challenge “{{challenge}}” of {{nonprofit}}:',
        answer: 'Please answer on the challenge page; the organizers will then look at it again.',
        action: 'Answer the question',
      },
      accepted: {
        subject: 'Your challenge “{{challenge}}” was accepted',
        intro:
          'Good news: the organizers of “{{event}}” accepted the challenge “{{challenge}}” of {{nonprofit, beforePeriod}}.',
        next: 'Next, the organizers form the teams. You will hear from us as soon as your team is known.',
        action: 'Open the challenge',
      },
      rejected: {
        subject: 'Your challenge “{{challenge}}” was not accepted',
        intro:
          'The organizers of “{{event}}” could not accept the challenge “{{challenge}}” of {{nonprofit}} this time. Their reason:',
        next: 'If you have questions, please contact the organizers. You are welcome to submit a challenge to a later event.',
        action: 'Open the challenge',
      },
      answered: {
        subject: '{{nonprofit}} answered your question about “{{challenge}}”',
        intro: '{{nonprofit}} answered your question about the challenge “{{challenge}}” for “{{event}}”:',
        next: 'The challenge is submitted again and waits for your decision.',
        action: 'Review the challenge',
      },
    },
  },
};
