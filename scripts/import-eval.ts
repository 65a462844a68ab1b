// Thin wrapper: the evaluation lives in src/importer/eval-cli.ts, where tests run it too.
import { runImportEval } from '../src/importer/eval-cli.ts'

process.exitCode = await runImportEval(process.argv.slice(2))
