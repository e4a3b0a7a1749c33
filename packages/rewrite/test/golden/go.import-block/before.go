package main

import (
	"fmt"
)

const apiKey = "FAKE-not-a-real-key-0000"

func main() { fmt.Println(len(apiKey)) }
