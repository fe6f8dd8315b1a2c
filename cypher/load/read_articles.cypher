// The stored articles among $ids, to tell new, unchanged (same sha256) and
// changed ones apart.
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a
