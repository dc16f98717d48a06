import { type Skill, skill } from '../types';

export const FUNDRAISING_SKILLS: readonly Skill[] = [
  skill('fundraising', 'Online-Fundraising', 'Online fundraising', [
    'spenden',
    'spendensammeln',
    'donations',
    'fundraising',
  ]),
  skill('fundraising.donation-forms', 'Spendenformulare', 'Donation forms', [
    'spendenformular',
    'spendenbutton',
    'donate button',
    'fundraisingbox',
    'twingle',
    'online spenden',
  ]),
  skill('fundraising.platforms', 'Spendenplattformen (betterplace & Co.)', 'Donation platforms (betterplace etc.)', [
    'betterplace',
    'betterplace.org',
    'gofundme',
    'spendenplattform',
    'helpdirect',
  ]),
  skill('fundraising.payments', 'Online-Zahlungen (PayPal, Stripe)', 'Online payments (PayPal, Stripe)', [
    'paypal',
    'stripe',
    'sepa',
    'lastschrift',
    'direct debit',
    'payment',
    'zahlungsanbieter',
  ]),
  skill('fundraising.crowdfunding', 'Crowdfunding', 'Crowdfunding', [
    'startnext',
    'kickstarter',
    'schwarmfinanzierung',
  ]),
  skill('fundraising.campaigns', 'Online-Spendenkampagnen', 'Online fundraising campaigns', [
    'spendenaufruf',
    'spendenkampagne',
    'giving tuesday',
    'peer-to-peer fundraising',
    'aktionsseite',
  ]),
  skill('fundraising.receipts', 'Digitale Zuwendungsbestätigungen', 'Digital donation receipts', [
    'spendenquittung',
    'spendenbescheinigung',
    'zuwendungsbestätigung',
    'donation receipt',
    'tax receipt',
  ]),
];
