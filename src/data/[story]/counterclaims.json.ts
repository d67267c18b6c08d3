// The counterclaims table of the story named by the path (src/data/<story>/counterclaims.json).
import {emit} from "../../../loaders/emit.js";

emit(({tables}) => tables.counterclaims);
