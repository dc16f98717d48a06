/** English texts of volunteers' profiles and registrations: errors, field messages and mails (spread into en.ts). */
export const volunteersEn = {
  volunteers: {
    registrationEntity: 'The registration',
    errors: {
      registrationClosed: 'Volunteers cannot register for this event now: it is “{{status}}”.',
      deadlinePassed: 'The registration deadline for volunteers has passed.',
      alreadyRegistered:
        'You are already registered for this event. You can change your slots or withdraw on your dashboard.',
      withdrawn: 'This registration was withdrawn. To take part again, register for the event once more.',
      withdrawClosed:
        'The teams of this event are already published. If you cannot come, please decline your proposal or tell the organizers.',
    },
    validation: {
      unknownSkill: 'This skill is not in our list. Please choose one from the search.',
      duplicateSkill: 'This skill is already in the list.',
      consentRequired: 'Please agree to the processing of your data; without it we cannot register you.',
      intakeConsent: 'Please confirm that the person agreed to the processing of their data.',
      profileRequired: 'Please fill in your volunteer profile first.',
      maxAssignmentsAboveSlots:
        'You take at most one challenge per slot: with {{slots}} slot(s) chosen, please enter at most {{slots}}.',
      intakeMethod: 'Please choose how the consent was given: by phone, on paper or in person.',
      emailTaken:
        'This address already belongs to an account on SkillShift: with it, the person registers themselves (send them the event page). If that does not work for them, leave the address empty and enter the person with their phone number.',
    },
    mail: {
      registrationConfirmed: {
        subject: 'You are registered for {{event}}',
        intro: 'Thank you for volunteering your skills at “{{event}}”. You can come to these slots:',
        maxAssignments_one: 'You take on at most {{count}} challenge.',
        maxAssignments_other: 'You take on at most {{count}} challenges.',
        next: 'Before the event, the organizers form the teams; then you get a proposal to accept or decline. Until the registration deadline you can change your slots or withdraw on your dashboard.',
        action: 'Open my dashboard',
      },
      intakeReview: {
        subject: 'Please check your data on SkillShift',
        intro: 'As agreed with you, {{body}} registered you as a volunteer for “{{event}}” on SkillShift.',
        check:
          'Please check that your details and skills are correct. You can change them yourself, or withdraw if you cannot come after all.',
        expiry:
          'The button signs you in; it works once and for {{days}} days. Later, ask for a sign-in link with this address on the sign-in page.',
        action: 'Check my data',
      },
    },
  },
} as const;
