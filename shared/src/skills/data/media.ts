import { type Skill, skill } from '../types';

export const MEDIA_SKILLS: readonly Skill[] = [
  skill('media', 'Video & Audio', 'Video & audio', ['multimedia', 'medienproduktion', 'media production'], {
    digComp: '3.1',
  }),
  skill(
    'media.video-editing',
    'Videoschnitt',
    'Video editing',
    ['videoschnitt-software', 'davinci resolve', 'premiere', 'final cut', 'shotcut', 'capcut', 'video bearbeiten'],
    { digComp: '3.2' },
  ),
  skill(
    'media.video-production',
    'Videodreh & Erklärvideos',
    'Video production & explainer videos',
    ['video', 'videos', 'filmen', 'dreh', 'erklärvideo', 'explainer video', 'imagefilm', 'smartphone-video'],
    { digComp: '3.1' },
  ),
  skill('media.podcast', 'Podcast', 'Podcasting', ['podcasts', 'podcasting', 'hörbeitrag', 'radio', 'anchor']),
  skill('media.audio', 'Audiobearbeitung', 'Audio editing', [
    'audacity',
    'tonaufnahme',
    'audio recording',
    'tonbearbeitung',
    'mikrofon',
  ]),
  skill(
    'media.streaming',
    'Livestreaming',
    'Live streaming',
    ['livestream', 'stream', 'obs', 'obs studio', 'youtube live', 'übertragung'],
    { digComp: '2.1' },
  ),
  skill(
    'media.hybrid-events',
    'Hybride Veranstaltungen',
    'Hybrid events',
    ['hybrid', 'hybride veranstaltung', 'hybrid event', 'hybrid meeting', 'konferenztechnik', 'veranstaltungstechnik'],
    { digComp: '2.4' },
  ),
  skill(
    'media.photo',
    'Fotografie & Bildbearbeitung',
    'Photography & photo editing',
    ['fotos', 'foto', 'fotografie', 'photos', 'bildbearbeitung', 'photo editing', 'bildrechte'],
    { digComp: '3.2' },
  ),
];
