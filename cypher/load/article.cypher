// Articles: one row a node, the row is its property map (id, title, url,
// source, published, sha256). SET = replaces every property, so a changed
// article keeps nothing of its old version.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row
