import { visit } from 'unist-util-visit';
import type { Root } from 'hast';

/** Normalise the text of rendered Markdown to NFC (decomposed Vietnamese is common). */
export function rehypeNfc() {
  return (tree: Root) => {
    visit(tree, 'text', (node) => {
      node.value = node.value.normalize('NFC');
    });
  };
}
