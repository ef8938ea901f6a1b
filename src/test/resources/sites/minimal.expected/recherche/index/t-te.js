RelaisSearch.load("t-te",{"tel":[0.692,"1v"],"telephon":[0.692,"1v"],"termin":[1.699,"3v"]});
