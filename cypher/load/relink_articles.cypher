// Articles whose surnames alone link to another person now: their MENTIONS
// and REPORTS go; the re-keyed ones are merged after. (The text is the
// same, so SAME_STORY stays.)
UNWIND $ids AS id
MATCH (a:Article {id: id})-[r:MENTIONS|REPORTS]->()
DELETE r
