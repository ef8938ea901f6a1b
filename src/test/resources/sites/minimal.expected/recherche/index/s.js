RelaisSearch.load("s",["RziR-gRzhSBbR_f000","---c"]);
