package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver, pure Go
)

// DiskStore is a Store in a scratch file, for `build`: the Loader merges
// batches into it exactly as it does into Neo4j, so build's memory stays
// that of one batch and a fixed page cache however large the input, and
// the file writers then read the graph from it in order (it is a Source).
//
// It is an SQLite database (pure Go, so no C toolchain) with a table of
// nodes and one of relationships, keyed as Neo4j merges them (nodes on id;
// relationships on type and ends, and a REPORTS also on its position n), so
// a read in key order is the Graph's order, and a third table indexing
// events for the events lookup. The lookups answer what
// cypher/load/read_*.cypher answer; the tests check both against one rule.
type DiskStore struct {
	db   *sql.DB
	path string
}

// diskCache is the SQLite page cache of a DiskStore, in bytes: what it
// keeps in memory of the graph.
const diskCache = 64 << 20

const diskSchema = `
CREATE TABLE node (
  id     TEXT PRIMARY KEY,
  ord    INTEGER NOT NULL, -- nodeOrder: articles, entities, events
  labels TEXT NOT NULL,    -- comma-separated
  evtype TEXT,             -- an event's type, for evkey
  sha    TEXT,             -- an article's sha256, for Texts
  pub    TEXT,             -- an article's published date, for Stories
  story  INTEGER,          -- 1 for an article with minhash, for Stories
  surname TEXT,            -- a person's surname and given name, for People
  given  TEXT,
  props  BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX node_order ON node (ord, id);
CREATE INDEX node_sha ON node (sha) WHERE sha IS NOT NULL;
CREATE INDEX node_story ON node (pub, id) WHERE story = 1;
CREATE INDEX node_surname ON node (surname) WHERE surname IS NOT NULL;
CREATE INDEX node_given ON node (given) WHERE given IS NOT NULL;
CREATE TABLE rel (
  type  TEXT NOT NULL,
  start TEXT NOT NULL,
  end   TEXT NOT NULL,
  n     INTEGER NOT NULL,  -- a REPORTS's position in its article; 0 otherwise
  date  TEXT,              -- a REPORTS's date, for evkey
  surname TEXT,            -- a MENTIONS of a surname alone, for Lone
  props BLOB NOT NULL,
  PRIMARY KEY (type, start, end, n)
) WITHOUT ROWID;
CREATE INDEX rel_end ON rel (end, type, date);
CREATE INDEX rel_surname ON rel (surname) WHERE surname IS NOT NULL;
-- The events lookup's index, derived from the events as they are written:
-- a row for each actor ('' for none) and report date ('' for undated) of
-- an event, with its type and place ('' for none).
CREATE TABLE evkey (
  type  TEXT NOT NULL,
  place TEXT NOT NULL,
  actor TEXT NOT NULL,
  date  TEXT NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (type, place, actor, date, event)
) WITHOUT ROWID;
CREATE INDEX evkey_event ON evkey (event);
`

// NewDiskStore creates an empty store in a new file in dir (the system's
// temporary directory when dir is ""). Close removes the file.
func NewDiskStore(dir string) (*DiskStore, error) {
	f, err := os.CreateTemp(dir, "newsgraph-*.db")
	if err != nil {
		return nil, fmt.Errorf("creating the build store: %w", err)
	}
	f.Close()
	path, err := filepath.Abs(f.Name())
	if err != nil {
		os.Remove(f.Name())
		return nil, err
	}
	// A scratch file: no fsync (synchronous OFF); the rollback journal in
	// a file too, since in memory it grows with the pages a batch touches,
	// which grow with the store; temporary b-trees on disk.
	q := url.Values{}
	for _, p := range []string{"journal_mode(TRUNCATE)", "synchronous(OFF)", "temp_store(FILE)",
		fmt.Sprintf("cache_size(%d)", -diskCache/1024)} {
		q.Add("_pragma", p)
	}
	uri := &url.URL{Scheme: "file", Path: path, RawQuery: q.Encode()} // escapes what a directory name may hold
	db, err := sql.Open("sqlite", uri.String())
	if err != nil {
		os.Remove(path)
		return nil, fmt.Errorf("opening the build store %s: %w", path, err)
	}
	// One connection: SQLite has one writer, and the pragmas above are per
	// connection.
	db.SetMaxOpenConns(1)
	s := &DiskStore{db: db, path: path}
	if _, err := db.Exec(diskSchema); err != nil {
		s.Close()
		return nil, fmt.Errorf("creating the build store %s: %w", path, err)
	}
	return s, nil
}

// Close closes the store and removes its files (the database and its
// rollback journal).
func (s *DiskStore) Close() error {
	err := s.wrap(s.db.Close())
	for _, p := range []string{s.path, s.path + "-journal"} {
		if rerr := os.Remove(p); err == nil && !errors.Is(rerr, os.ErrNotExist) {
			err = rerr
		}
	}
	return err
}

// Update runs fn in one SQLite transaction. Errors name the store's file:
// the likely cause is the disk it is on (full, gone, read-only).
func (s *DiskStore) Update(ctx context.Context, fn func(Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.wrap(err)
	}
	t := &diskTx{tx: tx, stmts: map[string]*sql.Stmt{}}
	if err := fn(t); err != nil {
		tx.Rollback()
		return s.wrap(err)
	}
	return s.wrap(tx.Commit())
}

func (s *DiskStore) wrap(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("build store %s: %w", s.path, err)
}

// EachNode calls fn with every node, in the Graph's order.
func (s *DiskStore) EachNode(fn func(Node) error) error {
	return s.wrap(each(s.db, `SELECT id, labels, props FROM node ORDER BY ord, id`, scanNode, fn))
}

// EachRelationship calls fn with every relationship, in the Graph's order.
func (s *DiskStore) EachRelationship(fn func(Relationship) error) error {
	return s.wrap(each(s.db, `SELECT type, start, end, props FROM rel ORDER BY type, start, end, n`, scanRel, fn))
}

// each calls fn with every row of query, as scan reads it.
func each[T any](db *sql.DB, query string, scan func(scanner) (T, error), fn func(T) error) error {
	rows, err := db.Query(query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		x, err := scan(rows)
		if err != nil {
			return err
		}
		if err := fn(x); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Graph reads the whole stored graph into memory, for tests and small
// inputs.
func (s *DiskStore) Graph() (*Graph, error) {
	g := &Graph{Nodes: []Node{}, Relationships: []Relationship{}}
	err := s.EachNode(func(n Node) error { g.Nodes = append(g.Nodes, n); return nil })
	if err == nil {
		err = s.EachRelationship(func(r Relationship) error { g.Relationships = append(g.Relationships, r); return nil })
	}
	return g, err
}

type scanner interface{ Scan(...any) error }

func scanNode(sc scanner) (Node, error) {
	var id, labels string
	var blob []byte
	if err := sc.Scan(&id, &labels, &blob); err != nil {
		return Node{}, err
	}
	props, err := decodeProps(blob)
	if err != nil {
		return Node{}, fmt.Errorf("node %s: %w", id, err)
	}
	return Node{ID: id, Labels: strings.Split(labels, ","), Properties: props}, nil
}

func scanRel(sc scanner) (Relationship, error) {
	var r Relationship
	var blob []byte
	if err := sc.Scan(&r.Type, &r.Start, &r.End, &blob); err != nil {
		return r, err
	}
	props, err := decodeProps(blob)
	if err != nil {
		return r, fmt.Errorf("%s %s -> %s: %w", r.Type, r.Start, r.End, err)
	}
	r.Properties = props
	return r, nil
}

// diskTx is one transaction, with its statements prepared once each.
type diskTx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (t *diskTx) stmt(query string) (*sql.Stmt, error) {
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	st, err := t.tx.Prepare(query)
	if err != nil {
		return nil, err
	}
	t.stmts[query] = st
	return st, nil
}

func (t *diskTx) exec(query string, args ...any) (sql.Result, error) {
	st, err := t.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.Exec(args...)
}

func (t *diskTx) query(query string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.Query(args...)
}

// rels returns the relationships of a query selecting type, start, end, props.
func (t *diskTx) rels(query string, args ...any) ([]Relationship, error) {
	rows, err := t.query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Relationship
	for rows.Next() {
		r, err := scanRel(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// strings returns the one text column of a query's rows.
func (t *diskTx) strings(query string, args ...any) ([]string, error) {
	rows, err := t.query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// piece is the graph of the stored nodes among ids (of the first label
// label, or any when label is "") and rels, in the Graph's order.
func (t *diskTx) piece(ids []string, label string, rels []Relationship) (*Graph, error) {
	g := &Graph{Nodes: []Node{}, Relationships: rels}
	if g.Relationships == nil {
		g.Relationships = []Relationship{}
	}
	seen := map[string]bool{}
	var unique []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			unique = append(unique, id)
		}
	}
	err := chunks(unique, func(part []string) error {
		rows, err := t.query(`SELECT id, labels, props FROM node WHERE id IN (`+placeholders(len(part))+`)`, appendStrings(nil, part)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			n, err := scanNode(rows)
			if err != nil {
				return err
			}
			if label == "" || n.Labels[0] == label {
				g.Nodes = append(g.Nodes, n)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	sortGraph(g)
	return g, nil
}

const relCols = `SELECT type, start, end, props FROM rel `

// relByEnd reads relationships by their end. SQLite, with no statistics,
// may prefer the primary key's type prefix, which walks every relationship
// of the type; so lookups by end name the index.
const relByEnd = `SELECT type, start, end, props FROM rel INDEXED BY rel_end `

func (t *diskTx) Articles(ids []string) (*Graph, error) {
	return t.piece(ids, LabelArticle, nil)
}

func (t *diskTx) Contributions(ids []string) (*Graph, error) {
	arts, err := t.piece(ids, LabelArticle, nil)
	if err != nil {
		return nil, err
	}
	nodes := slices.Clone(ids)
	var rels []Relationship
	for _, a := range arts.Nodes {
		for _, typ := range []string{RelMentions, RelReports} {
			rs, err := t.rels(relCols+`WHERE type = ? AND start = ?`, typ, a.ID)
			if err != nil {
				return nil, err
			}
			for _, r := range rs {
				nodes = append(nodes, r.End)
			}
			rels = append(rels, rs...)
		}
	}
	return t.piece(nodes, "", rels)
}

func (t *diskTx) Entities(ids []string) (*Graph, error) {
	return t.piece(ids, LabelEntity, nil)
}

func (t *diskTx) Pairs(pairs []Relationship) (*Graph, error) {
	var rels []Relationship
	var nodes []string
	err := chunks(pairs, func(part []Relationship) error {
		args := make([]any, 0, 2*len(part))
		for _, p := range part {
			args = append(args, p.Start, p.End)
		}
		rs, err := t.rels(`WITH p(s, e) AS (VALUES `+strings.TrimSuffix(strings.Repeat("(?, ?), ", len(part)), ", ")+`)
SELECT r.type, r.start, r.end, r.props FROM p JOIN rel r ON r.type = 'CO_OCCURS_WITH' AND r.start = p.s AND r.end = p.e AND r.n = 0`, args...)
		for _, r := range rs {
			nodes = append(nodes, r.Start, r.End)
		}
		rels = append(rels, rs...)
		return err
	})
	if err != nil {
		return nil, err
	}
	return t.piece(nodes, "", rels)
}

// Events answers read_events.cypher: the events a report with one of keys
// could join, and the events ids names, each with all its REPORTS and
// their articles.
func (t *diskTx) Events(keys []EventKey, ids []string) (*Graph, error) {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	for _, k := range keys {
		query, args := eventsQuery(k)
		got, err := t.strings(query, args...)
		if err != nil {
			return nil, err
		}
		for _, id := range got {
			want[id] = true
		}
	}
	nodes := make([]string, 0, len(want))
	for id := range want {
		nodes = append(nodes, id)
	}
	sort.Strings(nodes)
	var rels []Relationship
	err := chunks(slices.Clone(nodes), func(part []string) error {
		rs, err := t.rels(relByEnd+`WHERE end IN (`+placeholders(len(part))+`) AND type = 'REPORTS'`, appendStrings(nil, part)...)
		for _, r := range rs {
			nodes = append(nodes, r.Start)
		}
		rels = append(rels, rs...)
		return err
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(nodes)
	return t.piece(nodes, "", rels)
}

// eventsQuery is read_events.cypher's rule for one key, in SQL: an event
// of the key's type and place ("" for none), sharing an actor and a target
// with it (or having none where it has none), with a report at most a day
// away. evkey holds events by type, place, actor and report date, so the
// lookup seeks the key's own days, month and year, and undated reports,
// rather than walking every event of an actor or every report of a day.
// Only placeholders are added to the text; values are arguments.
func eventsQuery(k EventKey) (string, []any) {
	actors := k.Actors
	if len(actors) == 0 {
		actors = []string{""}
	}
	var args []any
	head := func() string {
		args = append(append(args, k.Type, k.Place), appendStrings(nil, actors)...)
		return `SELECT event FROM evkey WHERE type = ? AND place = ? AND actor IN (` + placeholders(len(actors)) + `)`
	}
	var q strings.Builder
	q.WriteString(`WITH c(id) AS (` + head())
	if !k.Undated {
		q.WriteString(` AND date IN (` + placeholders(len(k.Dates)+1) + `)`)
		args = append(appendStrings(args, k.Dates), "")
		if k.Prefix != "" {
			q.WriteString(`
  UNION ` + head() + ` AND date >= ? AND date < ? || '~'`)
			args = append(args, k.Prefix, k.Prefix)
		}
	}
	q.WriteString(`)
SELECT id FROM c WHERE `)
	if len(k.Targets) == 0 {
		q.WriteString(`NOT EXISTS (SELECT 1 FROM rel INDEXED BY rel_end WHERE end = c.id AND type = 'TARGET_OF')`)
	} else {
		q.WriteString(`EXISTS (SELECT 1 FROM rel WHERE type = 'TARGET_OF' AND start IN (` + placeholders(len(k.Targets)) + `) AND end = c.id)`)
		args = appendStrings(args, k.Targets)
	}
	return q.String(), args
}

// placeholders is "?, ?, ..." n times ("NULL" for none, which matches
// nothing).
func placeholders(n int) string {
	if n == 0 {
		return "NULL"
	}
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// chunks calls fn with xs a few hundred at a time: one statement a chunk
// rather than one an item.
func chunks[T any](xs []T, fn func([]T) error) error {
	const size = 256
	for len(xs) > 0 {
		n := min(size, len(xs))
		if err := fn(xs[:n]); err != nil {
			return err
		}
		xs = xs[n:]
	}
	return nil
}

func appendStrings(args []any, ss []string) []any {
	for _, s := range ss {
		args = append(args, s)
	}
	return args
}

// People is read_people.cypher.
func (t *diskTx) People(names []string) (*Graph, error) {
	var ids []string
	err := chunks(names, func(part []string) error {
		args := appendStrings(nil, part)
		got, err := t.strings(`SELECT id FROM node WHERE surname IN (`+placeholders(len(part))+`)
UNION SELECT id FROM node WHERE given IN (`+placeholders(len(part))+`)`, append(args, args...)...)
		ids = append(ids, got...)
		return err
	})
	if err != nil {
		return nil, err
	}
	return t.piece(ids, LabelEntity, nil)
}

// Lone is read_lone.cypher.
func (t *diskTx) Lone(surnames []string) (*Graph, error) {
	var ids []string
	err := chunks(surnames, func(part []string) error {
		got, err := t.strings(`SELECT DISTINCT start FROM rel WHERE surname IN (`+placeholders(len(part))+`)`, appendStrings(nil, part)...)
		ids = append(ids, got...)
		return err
	})
	if err != nil {
		return nil, err
	}
	return t.piece(ids, LabelArticle, nil)
}

// Texts is read_texts.cypher.
func (t *diskTx) Texts(shas []string) (*Graph, error) {
	var ids []string
	for _, sha := range shas {
		got, err := t.strings(`SELECT id FROM node WHERE sha = ?`, sha)
		if err != nil {
			return nil, err
		}
		ids = append(ids, got...)
	}
	return t.piece(ids, LabelArticle, nil)
}

// Stories is read_stories.cypher and, when since and until are "",
// read_undated_stories.cypher.
func (t *diskTx) Stories(since, until, afterPublished, afterID string, limit int) (*Graph, error) {
	var ids []string
	var err error
	if since == "" && until == "" {
		ids, err = t.strings(`SELECT id FROM node WHERE story = 1 AND pub IS NULL AND id > ? ORDER BY id LIMIT ?`, afterID, limit)
	} else {
		ids, err = t.strings(`SELECT id FROM node WHERE story = 1 AND pub BETWEEN ? AND ?
  AND (pub > ? OR (pub = ? AND id > ?)) ORDER BY pub, id LIMIT ?`, since, until, afterPublished, afterPublished, afterID, limit)
	}
	if err != nil {
		return nil, err
	}
	return t.piece(ids, LabelArticle, nil)
}

// Write applies ch as cypher/load's statements do: deletes first, then
// nodes, then relationships, each between nodes that exist.
func (t *diskTx) Write(ch *Changes) error {
	touched := map[string]bool{} // events whose evkey rows are to be made anew
	for _, id := range ch.DeleteArticles {
		if err := t.detachDelete(touched, id); err != nil {
			return err
		}
	}
	for _, id := range ch.ClearArticles {
		if err := t.touch(touched, id); err != nil {
			return err
		}
		for _, typ := range []string{RelMentions, RelReports, RelSameStory} {
			if _, err := t.exec(`DELETE FROM rel WHERE type = ? AND start = ?`, typ, id); err != nil {
				return err
			}
			if _, err := t.exec(`DELETE FROM rel INDEXED BY rel_end WHERE end = ? AND type = ?`, id, typ); err != nil {
				return err
			}
		}
	}
	for _, id := range ch.RelinkArticles {
		if err := t.touch(touched, id); err != nil {
			return err
		}
		for _, typ := range []string{RelMentions, RelReports} {
			if _, err := t.exec(`DELETE FROM rel WHERE type = ? AND start = ?`, typ, id); err != nil {
				return err
			}
		}
	}
	for _, id := range ch.DeleteEvents {
		if err := t.detachDelete(touched, id); err != nil {
			return err
		}
	}
	for _, p := range ch.DeletePairs {
		if _, err := t.exec(`DELETE FROM rel WHERE type = ? AND start = ? AND end = ? AND n = 0`, RelCoOccurs, p.Start, p.End); err != nil {
			return err
		}
	}
	for _, id := range ch.DeleteEntities {
		if err := t.detachDelete(touched, id); err != nil {
			return err
		}
	}
	var buf []byte
	for _, n := range ch.Upsert.Nodes {
		var err error
		if buf, err = encodeProps(buf[:0], n.Properties); err != nil {
			return fmt.Errorf("node %s: %w", n.ID, err)
		}
		var evtype, sha, pub, story, surname, given any
		switch n.Labels[0] {
		case LabelEntity:
			if g := str(n.Properties["given"]); g != "" {
				surname, given = str(n.Properties["surname"]), g
			}
		case LabelEvent:
			evtype = str(n.Properties["type"])
			touched[n.ID] = true
		case LabelArticle:
			sha = str(n.Properties["sha256"])
			if p, ok := n.Properties["published"]; ok {
				pub = str(p)
			}
			if _, ok := n.Properties["minhash"]; ok {
				story = 1
			}
		}
		if _, err := t.exec(`INSERT OR REPLACE INTO node (id, ord, labels, evtype, sha, pub, story, surname, given, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			n.ID, nodeOrder(n), strings.Join(n.Labels, ","), evtype, sha, pub, story, surname, given, buf); err != nil {
			return err
		}
	}
	for _, r := range ch.Upsert.Relationships {
		var err error
		if buf, err = encodeProps(buf[:0], r.Properties); err != nil {
			return fmt.Errorf("%s %s -> %s: %w", r.Type, r.Start, r.End, err)
		}
		var date, surname any
		n := 0
		if r.Type == RelMentions {
			if x := str(r.Properties["surname"]); x != "" {
				surname = x
			}
		}
		if r.Type == RelReports {
			n = num(r.Properties["n"])
			if d := str(r.Properties["date"]); d != "" {
				date = d
			}
		}
		// As the MATCH ... MERGE of cypher/load, only between nodes that
		// exist; a relationship to nowhere is the loader's bug, so it fails.
		res, err := t.exec(`INSERT OR REPLACE INTO rel (type, start, end, n, date, surname, props) SELECT ?, ?, ?, ?, ?, ?, ?
WHERE EXISTS (SELECT 1 FROM node WHERE id = ?) AND EXISTS (SELECT 1 FROM node WHERE id = ?)`,
			r.Type, r.Start, r.End, n, date, surname, buf, r.Start, r.End)
		if err != nil {
			return err
		}
		if k, err := res.RowsAffected(); err != nil {
			return err
		} else if k == 0 {
			return fmt.Errorf("%s %s -> %s: an end is not stored", r.Type, r.Start, r.End)
		}
		switch r.Type {
		case RelReports, RelActorIn:
			touched[r.End] = true
		case RelOccurredIn:
			touched[r.Start] = true
		}
	}
	return t.indexEvents(touched)
}

// touch adds to touched the events node id takes part in, before it or its
// relationships are deleted.
func (t *diskTx) touch(touched map[string]bool, id string) error {
	touched[id] = true
	ids, err := t.strings(`SELECT end FROM rel WHERE type = 'REPORTS' AND start = ?1
UNION SELECT end FROM rel WHERE type = 'ACTOR_IN' AND start = ?1
UNION SELECT start FROM rel INDEXED BY rel_end WHERE end = ?1 AND type = 'OCCURRED_IN'`, id)
	for _, e := range ids {
		touched[e] = true
	}
	return err
}

// indexEvents makes the evkey rows of the events touched anew from what is
// stored: none for an event that is gone.
func (t *diskTx) indexEvents(touched map[string]bool) error {
	for _, id := range sortedKeys(touched) {
		if _, err := t.exec(`DELETE FROM evkey WHERE event = ?`, id); err != nil {
			return err
		}
		if _, err := t.exec(`INSERT OR IGNORE INTO evkey (type, place, actor, date, event)
SELECT v.evtype, coalesce((SELECT end FROM rel WHERE type = 'OCCURRED_IN' AND start = v.id), ''), a.actor, d.date, v.id
FROM node v,
  (SELECT start AS actor FROM rel INDEXED BY rel_end WHERE end = ?1 AND type = 'ACTOR_IN'
   UNION ALL SELECT '' WHERE NOT EXISTS (SELECT 1 FROM rel INDEXED BY rel_end WHERE end = ?1 AND type = 'ACTOR_IN')) a,
  (SELECT DISTINCT coalesce(date, '') AS date FROM rel INDEXED BY rel_end WHERE end = ?1 AND type = 'REPORTS') d
WHERE v.id = ?1 AND v.evtype IS NOT NULL`, id); err != nil {
			return err
		}
	}
	return nil
}

// detachDelete deletes a node and its relationships.
func (t *diskTx) detachDelete(touched map[string]bool, id string) error {
	if err := t.touch(touched, id); err != nil {
		return err
	}
	if _, err := t.exec(`DELETE FROM node WHERE id = ?`, id); err != nil {
		return err
	}
	if _, err := t.exec(`DELETE FROM rel INDEXED BY rel_end WHERE end = ?`, id); err != nil {
		return err
	}
	for _, typ := range relTypes {
		if _, err := t.exec(`DELETE FROM rel WHERE type = ? AND start = ?`, typ, id); err != nil {
			return err
		}
	}
	return nil
}

// relTypes are all the relationship types of the model.
var relTypes = []string{RelMentions, RelCoOccurs, RelReports, RelActorIn, RelTargetOf, RelOccurredIn, RelSameStory}
