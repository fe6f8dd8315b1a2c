package main

import (
	"fmt"
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
		&cli.StringFlag{Name: "database", Aliases: []string{"d"}, EnvVars: []string{"NEO4J_DATABASE"}, Usage: "database `NAME` (default: the server's default database)"},
		&cli.DurationFlag{Name: "wait", Value: 60 * time.Second, Usage: "how long to wait for a server that is still starting"},
	}
}

// defaultPassword is the one docker-compose.yml gives a new local Neo4j,
// so that 'docker compose up -d' then 'newsgraph load' works as it is.
const defaultPassword = "newsgraph"

func neo4jConfig(c *cli.Context) graph.Neo4jConfig {
	return graph.Neo4jConfig{
		URI:       c.String("uri"),
		Username:  c.String("username"),
		Password:  c.String("password"),
		Database:  c.String("database"),
		BatchSize: c.Int("batch-size"),
		Wait:      c.Duration("wait"),
	}
}

// openNeo4j connects with the command's settings; the caller closes it.
func openNeo4j(c *cli.Context) (*graph.Neo4j, error) {
	return graph.OpenNeo4j(c.Context, neo4jConfig(c))
}

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "load the graph into Neo4j",
		ArgsUsage: "PATH...",
		Description: `Creates the constraints and indexes, then MERGEs every node and
relationship in batches of UNWIND rows. Loading the same input again leaves
the graph unchanged.

Examples:
   docker compose up -d
   NEO4J_PASSWORD=newsgraph newsgraph load testdata/articles
   newsgraph load --uri neo4j+s://xxxx.databases.neo4j.io --database neo4j feeds/`,
		Flags: append(append(neo4jFlags(),
			&cli.IntFlag{Name: "batch-size", Value: graph.DefaultBatchSize, Usage: "rows a transaction"},
			skipBadFlag,
		), inputFlags()...),
		Action: func(c *cli.Context) error {
			if err := requirePaths(c); err != nil {
				return err
			}
			// Connect first: a wrong setting should fail before minutes of NLP.
			db, err := openNeo4j(c)
			if err != nil {
				return err
			}
			defer db.Close(c.Context)
			paths := c.Args().Slice()
			in, err := inputOptions(c, paths)
			if err != nil {
				return err
			}
			g, sum, err := buildGraph(c.Context, paths, in, c.App.ErrWriter)
			if err != nil {
				return err
			}
			if err := db.WriteGraph(c.Context, g); err != nil {
				return err
			}
			return finish(c, sum, fmt.Sprintf("loaded into %s: %s", c.String("uri"), g.Stats()))
		},
	}
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
