// Thin wrapper: the importer lives in src/importer/cli.ts, where tests run it in-process.
import { runImport } from '../src/importer/cli.ts'

process.exitCode = await runImport(process.argv.slice(2))
