import { type Skill, skill } from '../types';

export const SOCIAL_SKILLS: readonly Skill[] = [
  skill('social', 'Social Media', 'Social media', ['soziale medien', 'soziale netzwerke', 'social-media-arbeit'], {
    digComp: '2.2',
  }),
  skill('social.instagram', 'Instagram', 'Instagram', ['insta', 'reels', 'instagram-stories'], { digComp: '2.2' }),
  skill('social.facebook', 'Facebook', 'Facebook', ['fb', 'facebook-seite', 'facebook page', 'meta business suite'], {
    digComp: '2.2',
  }),
  skill('social.tiktok', 'TikTok', 'TikTok', ['tik tok', 'kurzvideos', 'short videos'], { digComp: '2.2' }),
  skill('social.mastodon', 'Mastodon & Fediverse', 'Mastodon & the Fediverse', ['mastodon', 'fediverse', 'bluesky'], {
    digComp: '2.2',
  }),
  skill('social.linkedin', 'LinkedIn', 'LinkedIn', ['xing', 'business-netzwerk'], { digComp: '2.2' }),
  skill('social.youtube', 'YouTube-Kanal', 'YouTube channel', ['youtube', 'yt'], { digComp: '2.2' }),
  skill('social.messenger', 'Messenger-Kanäle', 'Messenger channels', [
    'whatsapp',
    'whatsapp-kanal',
    'signal',
    'telegram',
    'threema',
    'broadcast',
  ]),
  skill('social.content-planning', 'Redaktionsplanung', 'Content planning', [
    'redaktionsplan',
    'content-plan',
    'content calendar',
    'themenplanung',
    'posting-plan',
    'beiträge planen',
    'scheduling posts',
  ]),
  skill('social.community', 'Community-Management', 'Community management', [
    'kommentare moderieren',
    'moderation',
    'community',
    'hate speech',
    'hassrede',
    'follower',
  ]),
];
