RelaisSearch.load("t-te",{"telephon":[0.772,"1v"],"termin":[1.699,"3v"]});
