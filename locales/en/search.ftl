problem-synonyms = synonyms: { $detail } — write one group a line, `- [word, other word]`, as content/README.md shows
