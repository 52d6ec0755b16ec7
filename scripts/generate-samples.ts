/** `npm run samples`: (re)generate the sample OPD workbooks into samples/ (see scripts/samples/). */
import { join } from "path";
import { generateSamples } from "./samples/sampleWorkbooks";

generateSamples(join(__dirname, "..", "samples"))
  .then((paths) => {
    for (const p of paths) console.log(`ditulis: ${p}`);
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
