// Articles: one row a node, the row is its property map (id, title, url,
// source, published, sha256).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row
