// Ego network: the entities within two co-occurrence steps of one entity,
// through pairs that share at least $min_sentences sentences, as paths (the
// Browser draws them as a graph).
// Parameters: $entity (an entity's id or name), $min_sentences (the weight
// threshold on CO_OCCURS_WITH.sentences).
// :param entity => 'person:volodymyr zelensky'
// :param min_sentences => 2
MATCH (e:Entity)
WHERE e.id = $entity OR e.name = $entity
MATCH p = (e)(()-[r:CO_OCCURS_WITH WHERE r.sentences >= $min_sentences]-()){1,2}(other:Entity)
RETURN p, length(p) AS depth, other.name AS other
ORDER BY depth, other
