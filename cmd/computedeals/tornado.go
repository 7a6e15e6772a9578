package main

import "io"

func runTornado(args []string, stdout, stderr io.Writer) error {
	return usageError("tornado is not built yet")
}
