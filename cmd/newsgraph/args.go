package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst lets flags follow the paths, as in
// "newsgraph build testdata/articles --out out/": urfave/cli stops reading
// flags at the first argument, so the flags of the command are moved in
// front of its arguments. A "--" ends the flags as usual.
func flagsFirst(app *cli.App, args []string) []string {
	if len(args) < 3 {
		return args
	}
	var cmd *cli.Command
	at := -1
	for i, a := range args[1:] {
		if c := app.Command(a); c != nil {
			cmd, at = c, i+1
			break
		}
		if !strings.HasPrefix(a, "-") {
			return args
		}
	}
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, name := range f.Names() {
			takesValue[name] = !isBool
		}
	}
	var flags, rest []string
	tail := args[at+1:]
	for i := 0; i < len(tail); i++ {
		a := tail[i]
		if a == "--" {
			rest = append(rest, tail[i:]...)
			break
		}
		name := strings.TrimLeft(a, "-")
		if a == "-" || !strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			continue
		}
		name, _, hasValue := strings.Cut(name, "=")
		value, known := takesValue[name]
		if !known {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		if value && !hasValue && i+1 < len(tail) {
			flags = append(flags, tail[i+1])
			i++
		}
	}
	out := append([]string{}, args[:at+1]...)
	out = append(out, flags...)
	return append(out, rest...)
}
