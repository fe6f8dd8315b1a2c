package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/graph"
)

// neo4jFlags are the connection settings, read from the environment
// variables Neo4j's own tools use when no flag is given.
func neo4jFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "uri", Value: "neo4j://localhost:7687", EnvVars: []string{"NEO4J_URI"}, Usage: "Neo4j `URI` (neo4j+s:// for TLS)"},
		&cli.StringFlag{Name: "username", Aliases: []string{"u"}, Value: "neo4j", EnvVars: []string{"NEO4J_USERNAME"}, Usage: "Neo4j user"},
		&cli.StringFlag{Name: "password", Aliases: []string{"p"}, Value: defaultPassword, DefaultText: "the docker-compose.yml default", EnvVars: []string{"NEO4J_PASSWORD"}, Usage: "Neo4j password (prefer the environment variable: flags show in ps)"},
		&cli.StringFlag{Name: "password-file", EnvVars: []string{"NEO4J_PASSWORD_FILE"}, Usage: "read the password from `FILE` (first line), e.g. a Docker or Kubernetes secret"},
		&cli.StringFlag{Name: "database", Aliases: []string{"d"}, EnvVars: []string{"NEO4J_DATABASE"}, Usage: "database `NAME` (default: the server's default database)"},
		&cli.DurationFlag{Name: "wait", Value: 60 * time.Second, Usage: "how long to wait for a server that is still starting"},
	}
}

// defaultPassword is the one docker-compose.yml gives a new local Neo4j,
// so that 'docker compose up -d' then 'newsgraph load' works as it is.
const defaultPassword = "newsgraph"

func neo4jConfig(c *cli.Context) (graph.Neo4jConfig, error) {
	cfg := graph.Neo4jConfig{
		URI:       c.String("uri"),
		Username:  c.String("username"),
		Password:  c.String("password"),
		Database:  c.String("database"),
		BatchSize: c.Int("batch-size"),
		Wait:      c.Duration("wait"),
	}
	if f := c.String("password-file"); f != "" {
		p, err := readPassword(f)
		if err != nil {
			return cfg, cli.Exit(fmt.Sprintf("--password-file/NEO4J_PASSWORD_FILE: %v", err), 1)
		}
		cfg.Password = p
	}
	return cfg, nil
}

// readPassword reads a secret file's first line, without its line end.
func readPassword(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimSuffix(line, "\r"), nil
}

// openNeo4j connects with the command's settings; the caller closes it.
func openNeo4j(c *cli.Context) (*graph.Neo4j, error) {
	cfg, err := neo4jConfig(c)
	if err != nil {
		return nil, err
	}
	return graph.OpenNeo4j(c.Context, cfg)
}

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "load articles into Neo4j, incrementally",
		ArgsUsage: "PATH...",
		Description: `Creates the constraints and indexes, then loads the articles in batches,
each batch one transaction, while analysis runs on all cores. An article
already loaded with the same text (same id and sha256) is skipped; one with
new text replaces its old version; one with the text and date of an article
stored under another id is a duplicate, skipped before analysis. Loading the
same input again changes nothing; loading new articles adds exactly their
share of every count, and links them SAME_STORY to the stored articles they
retell (published at most 7 days apart, or undated).
Ctrl-C stops after the batch in flight; run the same command again to
finish. For a first bulk load of a large set into an empty database,
'newsgraph build' writes neo4j-admin import files, which load faster.

Examples:
   docker compose up -d
   NEO4J_PASSWORD=newsgraph newsgraph load testdata/articles
   newsgraph load --uri neo4j+s://xxxx.databases.neo4j.io --database neo4j feeds/
   newsgraph load --json-log 'feeds/*.jsonl' 2> load.log`,
		Flags: append(append(neo4jFlags(),
			&cli.IntFlag{Name: "batch-size", Value: graph.DefaultBatchSize, Usage: "rows a transaction (about: an article brings its node, mentions, pairs and events)"},
			skipBadFlag,
		), append(inputFlags(), reportFlags()...)...),
		Action: func(c *cli.Context) error {
			if err := requirePaths(c); err != nil {
				return err
			}
			// Connect first: a wrong setting should fail before minutes of NLP.
			db, err := openNeo4j(c)
			if err != nil {
				return err
			}
			defer db.Close(context.WithoutCancel(c.Context))
			if err := db.Schema(c.Context); err != nil {
				return err
			}
			paths := c.Args().Slice()
			in, err := inputOptions(c, paths)
			if err != nil {
				return err
			}
			rep := newReport(c, paths)
			l, err := loadAll(c.Context, db, c.Int("batch-size"), paths, in, rep)
			st := l.Stats()
			what := fmt.Sprintf("%d loaded (%d new, %d replaced), %d unchanged, %d duplicates; %d rows in %d transactions into %s",
				st.Added+st.Replaced, st.Added, st.Replaced, st.Unchanged, st.Duplicates, st.Rows, st.Batches, c.String("uri"))
			attrs := []any{"added", st.Added, "replaced", st.Replaced, "unchanged", st.Unchanged, "duplicates", st.Duplicates,
				"rows", st.Rows, "transactions", st.Batches}
			if errors.Is(err, context.Canceled) {
				rep.summary("interrupted: "+what, append(attrs, "interrupted", true)...)
				return cli.Exit("interrupted: what is committed stays; run the same command again to load the rest", exitInterrupted)
			}
			if err != nil {
				rep.summary("stopped: "+what, attrs...)
				return err
			}
			return finish(c, rep, what, attrs...)
		},
	}
}

// exitInterrupted is the status of a run stopped by Ctrl-C, as shells
// report a process killed by SIGINT.
const exitInterrupted = 130

func deleteCommand() *cli.Command {
	return &cli.Command{
		Name:  "delete",
		Usage: "remove articles from Neo4j, and what only they supported",
		Description: `Removes each article, its MENTIONS and REPORTS, its share of every count
(entity mentions and articles, co-occurrence sentences and articles, event
sources), the events no other article reports and the entities no article
mentions any more. One transaction: all of it or nothing.

Example:
   newsgraph delete --article article:5cf880316bd9c7f4 --article article:a921ee35d6a13ac6`,
		Flags: append(neo4jFlags(),
			&cli.StringSliceFlag{Name: "article", Aliases: []string{"a"}, Required: true, Usage: "article `ID` to remove (repeat for more)"},
		),
		Action: func(c *cli.Context) error {
			ids := c.StringSlice("article")
			db, err := openNeo4j(c)
			if err != nil {
				return err
			}
			defer db.Close(context.WithoutCancel(c.Context))
			found, err := graph.Delete(c.Context, db, ids)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.ErrWriter, "deleted %d of %d articles from %s\n", len(found), len(ids), c.String("uri"))
			if missing := notIn(ids, found); len(missing) > 0 {
				return cli.Exit(fmt.Sprintf("no article with id %q in the database (ids look like article:5cf880316bd9c7f4; 'newsgraph extract' prints them)", missing), 1)
			}
			return nil
		},
	}
}

func notIn(ids, found []string) []string {
	have := map[string]bool{}
	for _, f := range found {
		have[f] = true
	}
	var out []string
	for _, id := range ids {
		if !have[id] {
			out = append(out, id)
		}
	}
	return out
}

func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "create the constraints and indexes only",
		Description: `Safe to run again: every statement is IF NOT EXISTS.

Example:
   NEO4J_PASSWORD=newsgraph newsgraph schema`,
		Flags: neo4jFlags(),
		Action: func(c *cli.Context) error {
			db, err := openNeo4j(c)
			if err != nil {
				return err
			}
			defer db.Close(c.Context)
			if err := db.Schema(c.Context); err != nil {
				return err
			}
			fmt.Fprintf(c.App.ErrWriter, "schema in place at %s\n", c.String("uri"))
			return nil
		},
	}
}
