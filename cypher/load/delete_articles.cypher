// Articles taken away for good (newsgraph delete), with their relationships.
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
