import { type Skill, skill } from '../types';

export const AI_SKILLS: readonly Skill[] = [
  skill(
    'ai',
    'KI-Werkzeuge',
    'AI tools',
    ['ki', 'ai', 'künstliche intelligenz', 'artificial intelligence', 'generative ki', 'genai'],
    {
      digComp: '5.3',
    },
  ),
  skill(
    'ai.chatbots',
    'ChatGPT & Sprachmodelle',
    'ChatGPT & language models',
    [
      'chatgpt',
      'llm',
      'sprachmodell',
      'large language model',
      'claude',
      'gemini',
      'copilot',
      'mistral',
      'le chat',
      'chatbot',
    ],
    { digComp: '5.3' },
  ),
  skill(
    'ai.prompting',
    'Prompts schreiben',
    'Prompt writing',
    ['prompt', 'prompts', 'prompt engineering', 'prompting'],
    {
      digComp: '5.3',
    },
  ),
  skill(
    'ai.images',
    'KI-Bildgenerierung',
    'AI image generation',
    ['midjourney', 'dall-e', 'stable diffusion', 'ki-bilder', 'ai images', 'bildgenerator', 'image generator'],
    { digComp: '3.2' },
  ),
  skill(
    'ai.policy',
    'KI-Richtlinien & verantwortungsvoller Einsatz',
    'AI policies & responsible use',
    ['ki-richtlinie', 'ai policy', 'ki-leitlinien', 'ai act', 'ki-verordnung', 'ki-ethik', 'ai ethics'],
    { digComp: '4.2' },
  ),
  skill('ai.translation', 'KI-Übersetzung', 'AI translation', [
    'deepl',
    'übersetzen',
    'übersetzung',
    'translation',
    'translate',
    'maschinelle übersetzung',
  ]),
  skill(
    'ai.transcription',
    'Transkription & Protokolle mit KI',
    'AI transcription & meeting notes',
    ['transkription', 'transcription', 'whisper', 'protokoll', 'spracherkennung', 'speech to text'],
    { digComp: '5.3' },
  ),
];
