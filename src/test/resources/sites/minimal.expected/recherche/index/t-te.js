RelaisSearch.load("t-te",{"telephon":[0.766,"1v"],"termin":[1.699,"3v"]});
