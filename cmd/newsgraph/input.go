package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/article"
)

// inputFlags are the reading settings that build, extract and load share.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "field", Usage: "read article `FIELD=KEY` from another JSON key, e.g. --field text=body --field published=meta.date (fields: id, title, text, url, source, published, author, dateline, category)"},
		&cli.StringFlag{Name: "since", Usage: "keep articles published on or after `YYYY-MM-DD` (undated articles are left out)"},
		&cli.StringFlag{Name: "until", Usage: "keep articles published on or before `YYYY-MM-DD` (undated articles are left out)"},
		&cli.IntFlag{Name: "max-bytes", Value: article.DefaultMaxBytes, Usage: "skip a file or JSON line larger than `N` bytes"},
	}
}

// inputOptions turns the input flags into reading options; a bad value is a
// usage error, reported before anything is read.
func inputOptions(c *cli.Context, paths []string) (article.Options, error) {
	fields, err := article.ParseFields(c.StringSlice("field"))
	if err != nil {
		return article.Options{}, cli.Exit(err.Error(), 1)
	}
	opts := article.Options{Stdin: stdinOrNil(paths), Fields: fields, MaxBytes: c.Int("max-bytes"),
		Since: c.String("since"), Until: c.String("until")}
	for _, d := range []struct{ flag, val string }{{"since", opts.Since}, {"until", opts.Until}} {
		if _, err := time.Parse(time.DateOnly, d.val); d.val != "" && err != nil {
			return opts, cli.Exit(fmt.Sprintf("--%s %q: want a date as YYYY-MM-DD", d.flag, d.val), 1)
		}
	}
	if opts.Since != "" && opts.Until != "" && opts.Since > opts.Until {
		return opts, cli.Exit(fmt.Sprintf("--since %s is after --until %s: no article can match", opts.Since, opts.Until), 1)
	}
	return opts, nil
}
