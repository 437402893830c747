<p>${present} and ${absent}</p>
