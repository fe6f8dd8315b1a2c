package graph

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// arrayDelimiter separates list elements in neo4j-admin CSV cells. The
// ASCII unit separator never occurs in names, so no alias needs escaping.
const arrayDelimiter = "\x1f"

// adminFiles says which file holds each label and type, and the ID space of
// each end of a relationship. Labels are given on the command line, so the
// files need no :LABEL column.
var (
	adminNodes = []struct{ labels, file, space string }{
		{LabelArticle, "articles.csv", "Article"},
		{LabelEntity + ":" + LabelPerson, "persons.csv", "Entity"},
		{LabelEntity + ":" + LabelPlace, "places.csv", "Entity"},
		{LabelEntity + ":" + LabelOrganization, "organizations.csv", "Entity"},
		{LabelEvent, "events.csv", "Event"},
	}
	adminRels = []struct{ typ, file, from, to string }{
		{RelMentions, "mentions.csv", "Article", "Entity"},
		{RelCoOccurs, "co_occurs_with.csv", "Entity", "Entity"},
		{RelReports, "reports.csv", "Article", "Event"},
		{RelActorIn, "actor_in.csv", "Entity", "Event"},
		{RelTargetOf, "target_of.csv", "Entity", "Event"},
		{RelOccurredIn, "occurred_in.csv", "Event", "Entity"},
		{RelSameStory, "same_story.csv", "Article", "Article"},
	}
)

// WriteAdminImport writes the graph as CSV files for
// `neo4j-admin database import full`, the fastest way to load a large graph
// into a new, empty database, and import.sh with the exact command.
//
// A file's header names every property any of its rows has, so src is read
// twice: once for the columns of each file, once to write every file at
// the same time.
func WriteAdminImport(dir string, src Source) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	nodeFile := map[string]int{} // labels joined with ':' -> index in adminNodes
	for i, an := range adminNodes {
		nodeFile[an.labels] = i
	}
	relFile := map[string]int{} // type -> index in adminRels
	for i, ar := range adminRels {
		relFile[ar.typ] = i
	}
	nodeCols, relCols := make([]columnSet, len(adminNodes)), make([]columnSet, len(adminRels))
	for i := range nodeCols {
		nodeCols[i] = columnSet{}
	}
	for i := range relCols {
		relCols[i] = columnSet{}
	}
	if err := src.EachNode(func(n Node) error {
		if i, ok := nodeFile[strings.Join(n.Labels, ":")]; ok {
			nodeCols[i].add(n.Properties)
		}
		return nil
	}); err != nil {
		return fmt.Errorf("writing %s: %w", dir, err)
	}
	if err := src.EachRelationship(func(r Relationship) error {
		if i, ok := relFile[r.Type]; ok {
			relCols[i].add(r.Properties)
		}
		return nil
	}); err != nil {
		return fmt.Errorf("writing %s: %w", dir, err)
	}

	args := []string{}
	files := make([]*csvFile, len(adminNodes))
	for i, an := range adminNodes {
		cols := nodeCols[i].columns("id")
		header := []string{"id:ID(" + an.space + ")"}
		for _, c := range cols[1:] {
			header = append(header, c.header())
		}
		files[i] = &csvFile{path: filepath.Join(dir, an.file), header: header, cols: cols}
		args = append(args, fmt.Sprintf("--nodes=%s=%s", an.labels, an.file))
	}
	if err := writeCSVs(files, func(write func(int, []string) error) error {
		return src.EachNode(func(n Node) error {
			if i, ok := nodeFile[strings.Join(n.Labels, ":")]; ok {
				return write(i, cells(n.Properties, files[i].cols))
			}
			return nil
		})
	}); err != nil {
		return err
	}

	files = make([]*csvFile, len(adminRels))
	for i, ar := range adminRels {
		cols := relCols[i].columns("")
		header := []string{":START_ID(" + ar.from + ")", ":END_ID(" + ar.to + ")"}
		for _, c := range cols {
			header = append(header, c.header())
		}
		files[i] = &csvFile{path: filepath.Join(dir, ar.file), header: header, cols: cols}
		args = append(args, fmt.Sprintf("--relationships=%s=%s", ar.typ, ar.file))
	}
	if err := writeCSVs(files, func(write func(int, []string) error) error {
		return src.EachRelationship(func(r Relationship) error {
			if i, ok := relFile[r.Type]; ok {
				return write(i, append([]string{r.Start, r.End}, cells(r.Properties, files[i].cols)...))
			}
			return nil
		})
	}); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "import.sh"), []byte(importScript(args)), 0o755)
}

// importScript is import.sh: the exact neo4j-admin command for these files.
func importScript(args []string) string {
	var b strings.Builder
	b.WriteString(`#!/bin/sh
# Bulk-loads this graph into a NEW, EMPTY Neo4j 5 database with neo4j-admin:
# much faster than 'newsgraph load', but only for a first load. Stop the
# database first (or name a database that does not exist yet), run this
# where neo4j-admin can read these files, then in Neo4j:
#   CREATE DATABASE <name>   (Enterprise)  or restart the DBMS (Community, database neo4j)
# and apply the constraints with 'newsgraph schema'.
# Usage: ./import.sh [DATABASE]   (default: $NEO4J_DATABASE, else neo4j)
set -eu
cd "$(dirname "$0")"
DATABASE="${1:-${NEO4J_DATABASE:-neo4j}}"
exec neo4j-admin database import full "$DATABASE" \
  --overwrite-destination=true \
  --id-type=string \
  --array-delimiter="U+001F" \
  --ignore-empty-strings=true`)
	for _, a := range args {
		b.WriteString(" \\\n  " + a)
	}
	b.WriteString("\n")
	return b.String()
}

type column struct{ name, typ string }

func (c column) header() string {
	if c.typ == "string" {
		return c.name
	}
	return c.name + ":" + c.typ
}

// columnSet gathers the properties of a file's rows, each with the
// neo4j-admin type of the first value seen.
type columnSet map[string]string

func (cs columnSet) add(props map[string]any) {
	for k, v := range props {
		if _, ok := cs[k]; !ok {
			cs[k] = adminType(v)
		}
	}
}

// columns lists the properties gathered, first the given key, then the
// rest by name.
func (cs columnSet) columns(first string) []column {
	var cols []column
	if first != "" {
		cols = append(cols, column{first, cs[first]})
	}
	names := make([]string, 0, len(cs))
	for k := range cs {
		if k != first {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	for _, k := range names {
		cols = append(cols, column{k, cs[k]})
	}
	return cols
}

func adminType(v any) string {
	switch v.(type) {
	case int, int64:
		return "long"
	case float64:
		return "double"
	case bool:
		return "boolean"
	case []string:
		return "string[]"
	case []int:
		return "long[]"
	}
	return "string"
}

func cells(props map[string]any, cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		switch v := props[c.name].(type) {
		case nil:
		case string:
			out[i] = v
		case []string:
			out[i] = strings.Join(v, arrayDelimiter)
		case []int:
			nums := make([]string, len(v))
			for j, n := range v {
				nums[j] = strconv.Itoa(n)
			}
			out[i] = strings.Join(nums, arrayDelimiter)
		case float64:
			out[i] = strconv.FormatFloat(v, 'g', -1, 64)
		default:
			out[i] = fmt.Sprint(v)
		}
	}
	return out
}

// csvFile is one CSV file being written: its header and the columns its
// rows' cells come from.
type csvFile struct {
	path   string
	header []string
	cols   []column
	f      *os.File
	w      *csv.Writer
}

// writeCSVs creates files, writes their headers, then lets rows write each
// row into the file of its index, so that one pass over a graph fills
// every file. A failed write stops rows; the error names the file, and
// any other error of rows names the files' folder.
func writeCSVs(files []*csvFile, rows func(write func(int, []string) error) error) (err error) {
	defer func() {
		for _, c := range files {
			if c.f == nil {
				continue
			}
			if cerr := c.close(); err == nil {
				err = cerr
			}
		}
	}()
	for _, c := range files {
		f, err := os.Create(c.path)
		if err != nil {
			return err
		}
		c.f, c.w = f, csv.NewWriter(f)
		if err := c.w.Write(c.header); err != nil {
			return fmt.Errorf("writing %s: %w", c.path, err)
		}
	}
	var failed error // a write's, already naming its file
	err = rows(func(i int, row []string) error {
		if err := files[i].w.Write(row); err != nil {
			failed = fmt.Errorf("writing %s: %w", files[i].path, err)
			return failed
		}
		return nil
	})
	if err != nil && err != failed {
		err = fmt.Errorf("writing %s: %w", filepath.Dir(files[0].path), err)
	}
	return err
}

func (c *csvFile) close() error {
	c.w.Flush()
	err := c.w.Error()
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	c.f = nil
	if err != nil {
		return fmt.Errorf("writing %s: %w", c.path, err)
	}
	return nil
}
