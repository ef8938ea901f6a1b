RelaisSearch.load("t-pe",{"pert":[1.905,"1v"]});
