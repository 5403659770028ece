/** Word lists speakers/mentions reads for noun phrases around cues (dense on purpose: data, not code). */

export const WORK_HEADS = new Set(['report', 'study', 'poll', 'survey', 'statement', 'letter', 'memo', 'document', 'analysis', 'book', 'article', 'post', 'tweet', 'ad', 'advertisement', 'video', 'website', 'page', 'filing', 'complaint', 'lawsuit', 'indictment', 'ruling', 'order', 'bill', 'law', 'policy', 'email', 'message', 'note', 'release', 'transcript', 'record', 'records', 'data', 'figures', 'research', 'paper', 'editorial', 'column', 'story', 'headline', 'sign', 'placard', 'banner', 'caption', 'message', 'text']);

export const NP_BOUNDARY = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'to', 'who', 'which', 'that', 'and', 'or', 'but', 'as', 'about', 'reviewed', 'obtained', 'seen', 'released', 'published']);
