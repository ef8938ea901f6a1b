RelaisSearch.load("t-au",{"aujourd":[1.699,"3v"],"ausi":[0.766,"1v"]});
