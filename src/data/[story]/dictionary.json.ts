// The data dictionary of the story named by the path (src/data/<story>/dictionary.json):
// every annotation field and every published column with its type and meaning.
// Fails the build when a published column is not described.
import {buildDictionary} from "../../../loaders/dictionary.js";
import {emit} from "../../../loaders/emit.js";

emit(({tables}) => buildDictionary(tables));
