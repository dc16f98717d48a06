import { Group, Slider, Stack, Text } from '@mantine/core';
import { MATCHING_WEIGHT_FACTORS, MATCHING_WEIGHT_LIMITS, type ScoreFactor } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatNumber, weightShare } from '../format';

export type Weights = Record<ScoreFactor, number>;

interface WeightSlidersProps {
  value: Weights;
  onChange: (value: Weights) => void;
}

/**
 * One slider per score factor (what-if weights for a run). The engine normalises the weights, so each slider says
 * how much a factor counts next to the others; the share it gets is written next to it, not shown by length alone.
 */
export function WeightSliders({ value, onChange }: WeightSlidersProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  // A weight and the share it gives its factor: "0.4 (counts 32%)", on screen and read out by the slider.
  const shareText = (weights: Weights, factor: ScoreFactor) =>
    t('matching.weights.share', {
      value: formatNumber(weights[factor], language),
      share: formatNumber(weightShare(weights, factor), language, 0),
    });

  return (
    <Stack gap="md">
      {MATCHING_WEIGHT_FACTORS.map((factor) => {
        const labelId = `weight-${factor}-label`;
        return (
          <Stack key={factor} gap={4}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text id={labelId} fw={600}>
                {t(`matching.factors.${factor}`)}
              </Text>
              <Text size="sm">{shareText(value, factor)}</Text>
            </Group>
            <Text size="sm" c="dimmed">
              {t(`matching.factorHelp.${factor}`)}
            </Text>
            <Slider
              min={MATCHING_WEIGHT_LIMITS.min}
              max={MATCHING_WEIGHT_LIMITS.max}
              step={MATCHING_WEIGHT_LIMITS.step}
              value={value[factor]}
              onChange={(next) => onChange({ ...value, [factor]: next })}
              thumbLabel={t(`matching.factors.${factor}`)}
              label={(current) => formatNumber(current, language)}
              thumbValueText={(current) => shareText({ ...value, [factor]: current }, factor)}
              aria-labelledby={labelId}
            />
          </Stack>
        );
      })}
    </Stack>
  );
}
