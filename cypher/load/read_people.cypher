// Persons named in full whose surname or given name is among $names: the
// full names a surname alone may link to, and the ones that make it
// ambiguous (see graph/surname.go).
MATCH (e:Person)
WHERE e.surname IN $names
RETURN e
UNION
MATCH (e:Person)
WHERE e.given IN $names
RETURN e
