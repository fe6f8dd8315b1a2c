// Articles being replaced by a new version: their MENTIONS, REPORTS and
// SAME_STORY go; the new version's are merged after.
UNWIND $ids AS id
MATCH (a:Article {id: id})-[r:MENTIONS|REPORTS|SAME_STORY]-()
DELETE r
